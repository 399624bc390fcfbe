import { z } from 'zod';

/**
 * The centre's method tools: structured boards whose form, tables and charts are the main view
 * (the canvas stays one tab away for the team's loose notes). Their data lives in the board
 * document beside the elements, so it syncs, undoes and prints like every board.
 */
export const methodTools = ['benchmark', 'strategy', 'finance', 'culture', 'impact'] as const;
export type MethodTool = (typeof methodTools)[number];
export function isMethodTool(tool: string): tool is MethodTool {
  return (methodTools as readonly string[]).includes(tool);
}

/** Text a template carries in both languages; template content is data, distributed later by the office. */
export const LocalizedText = z.object({ 'es-CO': z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A locked, labelled region with a guiding question, in board coordinates. */
export const TemplateZone = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  title: LocalizedText,
  prompt: LocalizedText,
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type TemplateZone = z.infer<typeof TemplateZone>;

/**
 * A board template is data: zones, prompts, default elements and a version. Adding one is one
 * file in this folder plus its entry in `index.ts`. `tool` names a structured view the renderer
 * adds next to the canvas (the actor register for the stakeholder map, the persona form, …).
 */
export const TemplateDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  name: LocalizedText,
  description: LocalizedText,
  zones: z.array(TemplateZone),
  /** Notes or labels placed when the board is created (e.g. the "¿Cómo podríamos…?" question). */
  defaultElements: z.array(z.object({
    type: z.enum(['note', 'text', 'frame']),
    x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive(),
    text: LocalizedText,
  })),
  tool: z.enum(['none', 'stakeholders', 'persona', 'journey', 'ideation', ...methodTools]).default('none'),
});
export type TemplateDefinition = z.infer<typeof TemplateDefinition>;
