import { describe, expect, it } from 'vitest';
import { validationKeys } from '../../domain/errors';
import { decimalToInput, parseQuantity, parseRatePercent } from './numbers';

describe('parseQuantity', () => {
  it('reads whole numbers and decimals with a comma or a point, exactly', () => {
    expect(parseQuantity('3')).toEqual({ ok: true, value: '3' });
    expect(parseQuantity('1,5')).toEqual({ ok: true, value: '1.5' });
    expect(parseQuantity(' 0.125 ')).toEqual({ ok: true, value: '0.125' });
    // 0,1 stays 0.1: no float (0.1 in binary is 0.1000000000000000055…).
    expect(parseQuantity('0,1')).toEqual({ ok: true, value: '0.1' });
  });

  it('refuses zero, negative quantities and things that are not numbers', () => {
    expect(parseQuantity('0')).toEqual({ ok: false, key: validationKeys.quantityPositive });
    expect(parseQuantity('-2')).toEqual({ ok: false, key: validationKeys.quantityPositive });
    expect(parseQuantity('−2')).toEqual({ ok: false, key: validationKeys.quantityPositive });
    expect(parseQuantity('dos')).toEqual({ ok: false, key: validationKeys.invalidNumber });
    expect(parseQuantity('1.500,5')).toEqual({ ok: false, key: validationKeys.invalidNumber });
    expect(parseQuantity('1,1234567')).toEqual({ ok: false, key: validationKeys.invalidNumber });
    expect(parseQuantity('')).toEqual({ ok: false, key: validationKeys.required });
    expect(parseQuantity('1000000001')).toEqual({ ok: false, key: validationKeys.quantityPositive });
  });
});

describe('parseRatePercent', () => {
  it('reads a rate in percent with decimals, with or without the sign %', () => {
    expect(parseRatePercent('12')).toEqual({ ok: true, value: '12' });
    expect(parseRatePercent('12,5')).toEqual({ ok: true, value: '12.5' });
    expect(parseRatePercent('9 %')).toEqual({ ok: true, value: '9' });
    expect(parseRatePercent('0')).toEqual({ ok: true, value: '0' });
  });

  it('accepts a negative rate above −100 % and refuses −100 % and below, and above 100 %', () => {
    expect(parseRatePercent('-2,5')).toEqual({ ok: true, value: '-2.5' });
    expect(parseRatePercent('-99,99')).toEqual({ ok: true, value: '-99.99' });
    expect(parseRatePercent('-100')).toEqual({ ok: false, key: validationKeys.discountRateRange });
    expect(parseRatePercent('−100 %')).toEqual({ ok: false, key: validationKeys.discountRateRange });
    expect(parseRatePercent('-250')).toEqual({ ok: false, key: validationKeys.discountRateRange });
    expect(parseRatePercent('100')).toEqual({ ok: true, value: '100' });
    expect(parseRatePercent('100,01')).toEqual({ ok: false, key: validationKeys.discountRateRange });
    expect(parseRatePercent('diez')).toEqual({ ok: false, key: validationKeys.invalidNumber });
  });

  it('shows a stored decimal back with the language’s decimal mark', () => {
    expect(decimalToInput('12.5', ',')).toBe('12,5');
    expect(decimalToInput('12.5', '.')).toBe('12.5');
  });
});
