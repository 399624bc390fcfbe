import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../shared/domain/money';
import type { Dec } from '../../../shared/methods/finance/decimal';
import type { Payback } from '../../../shared/methods/finance/indicators';
import type { PeriodUnit } from '../../../shared/methods/finance/fields';
import { formatNumber } from '../../i18n/format';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in minor units held as an exact decimal, through Intl from its exact decimal text
 * (Intl formats such strings without a float). Pesos show centavos only when there are some, as
 * everywhere else in Minga.
 */
export function formatMinor(minor: Dec, currency: Currency, locale: string): string {
  const digits = currency === 'COP' && minor.modulo(100).isZero() ? 0 : 2;
  const key = `${locale}|${currency}|${digits}`;
  let format = moneyFormats.get(key);
  if (!format) moneyFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })));
  // ECMA-402 formats a decimal string exactly; the lib typing only admits numbers.
  return format.format(minor.dividedBy(100).toFixed(2) as unknown as number);
}

/** A plain decimal ("12.5", a Dec) shown in the locale with up to `digits` decimals. */
export function formatDecimal(value: Dec | string, locale: string, digits = 6, minimum = 0): string {
  const text = typeof value === 'string' ? value : value.toFixed(digits);
  return formatNumber(text as unknown as number, locale, { minimumFractionDigits: minimum, maximumFractionDigits: digits });
}

/** Texts shared by the tool and its print: periods, rate, payback. */
export function useFinanceText(unit: PeriodUnit) {
  const { t, i18n } = useTranslation('finance');
  const locale = i18n.language;
  return useMemo(() => {
    const periodLabel = (period: number) => (period === 0 ? t(unit === 'year' ? 'period.yearNow' : 'period.monthNow') : t(unit === 'year' ? 'period.year' : 'period.month', { period }));
    const rateText = (rate: string) => t('rate', { rate: formatDecimal(rate, locale) });
    const paybackText = (payback: Payback) => {
      if (payback.kind === 'notRecovered') return t('results.notRecovered');
      if (payback.kind === 'noInvestment') return t('results.noInvestment');
      const value = Number(payback.interpolated.toFixed(2));
      const duration = t(unit === 'year' ? 'units.year' : 'units.month', { count: value, value: formatDecimal(payback.interpolated, locale, 2, 2) });
      return t('results.recovered', { value: duration, period: payback.period });
    };
    return { t, locale, periodLabel, rateText, paybackText };
  }, [t, locale, unit]);
}
