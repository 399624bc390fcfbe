import { z } from 'zod';
import { validationKeys } from './errors';

/**
 * Money is kept as integer minor units (centavos, cents) with its currency, never as a floating
 * point amount: totals of many contributions must add up to the peso. The centre reports
 * contributions in Colombian pesos and in US dollars separately (its OECD case reports
 * "USD 300,000 contributed by the ecosystem"); no exchange rate is assumed anywhere.
 */
export const currencies = ['COP', 'USD'] as const;
export const Currency = z.enum(currencies);
export type Currency = z.infer<typeof Currency>;

/** ISO 4217 minor digits: both have two (a peso has 100 centavos, even if they are rarely used). */
export const minorDigits: Record<Currency, number> = { COP: 2, USD: 2 };

/** A trillion in major units: far above any contribution, and totals of thousands stay exact. */
export const maxMinorAmount = 100_000_000_000_000;

/** A positive amount in minor units, as the contract carries it. */
export const MinorAmount = z
  .number({ error: validationKeys.required })
  .int({ error: validationKeys.invalidAmount })
  .min(1, { error: validationKeys.amountPositive })
  .max(maxMinorAmount, { error: validationKeys.invalidAmount });

export type ParsedAmount = { ok: true; minor: number } | { ok: false; key: string };

/**
 * Reads what a person typed ("1.500.000", "1,500,000.50", "2500,5") into minor units without
 * going through a float. Works the same in Spanish and English: a final "." or "," followed by
 * one or two digits is the decimal separator; every other separator must group three digits.
 */
export function parseAmount(text: string): ParsedAmount {
  const trimmed = text.trim().replace(/[\s\u00a0$]/g, '');
  if (trimmed === '') return { ok: false, key: validationKeys.required };
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1) : trimmed;
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(body);
  if (!match) return { ok: false, key: validationKeys.invalidAmount };
  const whole = match[1]!.replace(/[.,]/g, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const minor = Number(`${whole}${fraction}`);
  if (negative || minor === 0) return { ok: false, key: validationKeys.amountPositive };
  if (!Number.isSafeInteger(minor) || minor > maxMinorAmount) return { ok: false, key: validationKeys.invalidAmount };
  return { ok: true, minor };
}

/** The exact decimal text of an amount ("1500000.50"), for CSV and for Intl, which formats such strings exactly. */
export function minorToDecimal(minor: number, currency: Currency): string {
  const digits = minorDigits[currency];
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
}

/** The amount a form shows back for editing ("1500000,5" style is not needed: plain decimal). */
export function minorToInput(minor: number, currency: Currency): string {
  return minorToDecimal(minor, currency).replace(/\.?0+$/, '');
}

export type MoneyTotals = Record<Currency, number>;

/** Sums per currency in integers; refuses a total too large to stay exact rather than rounding it. */
export function totalsByCurrency(entries: readonly { currency: Currency; amountMinor: number }[]): MoneyTotals {
  const totals: MoneyTotals = { COP: 0, USD: 0 };
  for (const entry of entries) {
    const next = totals[entry.currency] + entry.amountMinor;
    if (!Number.isSafeInteger(next)) throw new RangeError(`The ${entry.currency} total is too large to add up exactly.`);
    totals[entry.currency] = next;
  }
  return totals;
}

/** Adds totals of several exercises, with the same exactness check. */
export function addTotals(all: readonly MoneyTotals[]): MoneyTotals {
  return totalsByCurrency(all.flatMap((totals) => currencies.map((currency) => ({ currency, amountMinor: totals[currency] }))));
}
