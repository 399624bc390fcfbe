import { describe, expect, it } from 'vitest';
import { templates } from '../../templates';
import { MethodCard, methodCards, methodCardById, methodFamilies } from '.';

describe('method cards', () => {
  it('are all valid in both languages', () => {
    for (const card of methodCards) {
      const result = MethodCard.safeParse(card);
      expect(result.success, `${card.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('have unique ids and names in each language', () => {
    const ids = methodCards.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const locale of ['es-CO', 'en'] as const) {
      const names = methodCards.map((card) => card.text[locale].name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('give every board template at least one card that opens it', () => {
    const opened = new Set(methodCards.map((card) => card.templateId));
    const missing = templates.map((template) => template.id).filter((id) => !opened.has(id as never));
    expect(missing).toEqual([]);
  });

  it('include facilitation methods without a board and fill every family', () => {
    expect(methodCards.filter((card) => card.templateId === undefined).map((card) => card.id)).toEqual(
      expect.arrayContaining(['check-in', 'dot-voting', 'closing-retro']),
    );
    for (const family of methodFamilies) expect(methodCards.some((card) => card.family === family), family).toBe(true);
  });

  it('refuses a card whose languages list different numbers of steps, or a typical length outside its range', () => {
    const card = methodCardById('check-in')!;
    const shortEnglish = { ...card, text: { ...card.text, en: { ...card.text.en, steps: card.text.en.steps.slice(1) } } };
    expect(MethodCard.safeParse(shortEnglish).success).toBe(false);
    expect(MethodCard.safeParse({ ...card, duration: { typical: 40, min: 10, max: 30 } }).success).toBe(false);
    expect(MethodCard.safeParse({ ...card, groupSize: { min: 10, max: 3 } }).success).toBe(false);
    expect(MethodCard.safeParse({ ...card, templateId: 'no-such-board' }).success).toBe(false);
  });
});
