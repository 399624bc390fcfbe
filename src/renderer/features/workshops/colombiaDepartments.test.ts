import { describe, expect, it } from 'vitest';
import { colombiaDepartments, departmentChoices } from './colombiaDepartments';

describe('Colombian departments', () => {
  it('lists the 32 departments and Bogotá D.C. once each', () => {
    expect(colombiaDepartments).toHaveLength(33);
    expect(new Set(colombiaDepartments).size).toBe(33);
    expect(colombiaDepartments).toContain('Bogotá D.C.');
  });

  it('keeps a value that is not in the official list', () => {
    const choices = departmentChoices('Valle', 'Sin definir');
    expect(choices[0]).toEqual({ value: '', label: 'Sin definir' });
    expect(choices[1]).toEqual({ value: 'Valle', label: 'Valle' });
    expect(departmentChoices('Nariño', '-')).toHaveLength(34);
  });
});
