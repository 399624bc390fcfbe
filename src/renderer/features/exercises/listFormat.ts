/**
 * Formatters for long lists. Building an Intl formatter costs about 70 µs, so formatting a
 * thousand rows with a fresh one each time adds a visible delay at start-up; these are built
 * once per locale. The output matches formatDate / formatNumber in i18n/format.ts.
 */
export interface ListFormatters {
  date: (isoDate: string) => string;
  count: (value: number) => string;
}

export function createListFormatters(locale: string): ListFormatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(locale);
  return {
    date: (isoDate) => {
      if (!isoDate) return '';
      const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
    },
    count: (value) => numberFormat.format(value),
  };
}
