import { documentKinds } from '../documents/schema';
import { z } from 'zod';

/**
 * The hub's HTTP API as both sides see it: the hub parses requests with these schemas and the
 * desktop sync client parses the hub's replies with them. Request bodies are strict, so a typo
 * in a client shows up as a 400 instead of being ignored; replies are parsed loosely, so a newer
 * hub may add fields without breaking an older desktop.
 */

/**
 * Who may do what on the hub:
 * - admin: accounts, devices, and every document (read and write);
 * - coordinator: reads every document, assigns exercises;
 * - facilitator: reads and writes the exercises assigned to them and those they created;
 * - observer: reads the exercises assigned to them.
 */
export const roles = ['admin', 'coordinator', 'facilitator', 'observer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const LoginBody = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(1024),
  deviceName: z.string().trim().min(1).max(100),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const RefreshBody = z.strictObject({
  refreshToken: z.string().min(16).max(512),
});
export type RefreshBody = z.infer<typeof RefreshBody>;

export const DevicesQuery = z.strictObject({
  userId: z.uuid().optional(),
});

export const DeviceId = z.uuid();

export const TokensReply = z.object({
  accessToken: z.string().min(1),
  accessTokenExpiresAt: z.string(),
  refreshToken: RefreshBody.shape.refreshToken,
  deviceId: z.string().min(1),
  user: z.object({ id: z.string(), email: z.string(), role: Role }),
});
export type TokensReply = z.infer<typeof TokensReply>;

/** Document names on the hub: `<kind>:<id>`. */
export const HubDocumentName = z.string().regex(new RegExp(`^(${documentKinds.join('|')}):[A-Za-z0-9_-]{1,100}$`));

/** `GET /api/documents`: every document the hub stores that the signed-in user may read. */
export const DocumentsReply = z.object({
  documents: z.array(z.object({
    name: HubDocumentName,
    /** null for a hub-owned document (the entity directory, a template). */
    exerciseId: z.string().nullable(),
    access: z.enum(['read', 'write']),
  })),
});
export type DocumentsReply = z.infer<typeof DocumentsReply>;

/** Every error the API answers with. */
export const ErrorReply = z.object({ code: z.string(), message: z.string() });
