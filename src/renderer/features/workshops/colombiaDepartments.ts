/**
 * Colombia's 32 departments and the capital district, by their official names. These are
 * proper names, the same in every UI language, so they are data rather than catalogue text.
 */
export const colombiaDepartments = [
  'Amazonas',
  'Antioquia',
  'Arauca',
  'Archipiélago de San Andrés, Providencia y Santa Catalina',
  'Atlántico',
  'Bogotá D.C.',
  'Bolívar',
  'Boyacá',
  'Caldas',
  'Caquetá',
  'Casanare',
  'Cauca',
  'Cesar',
  'Chocó',
  'Córdoba',
  'Cundinamarca',
  'Guainía',
  'Guaviare',
  'Huila',
  'La Guajira',
  'Magdalena',
  'Meta',
  'Nariño',
  'Norte de Santander',
  'Putumayo',
  'Quindío',
  'Risaralda',
  'Santander',
  'Sucre',
  'Tolima',
  'Valle del Cauca',
  'Vaupés',
  'Vichada',
] as const;

/**
 * The choices for the department select: "not set", the official list, and a value typed
 * elsewhere (an import, an older record) kept as its own option so saving never erases it.
 */
export function departmentChoices(current: string, noneLabel: string): { value: string; label: string }[] {
  const official = colombiaDepartments.map((name) => ({ value: name, label: name }));
  const extra = current && !(colombiaDepartments as readonly string[]).includes(current) ? [{ value: current, label: current }] : [];
  return [{ value: '', label: noneLabel }, ...extra, ...official];
}
