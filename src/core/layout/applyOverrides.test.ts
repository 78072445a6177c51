import { applyOverrides } from './applyOverrides';
import type { ColumnMapping } from './mapping';
import type { Role } from './roles';

const mapping: ColumnMapping = {
  version: 1,
  sheet: 'Obiettivi',
  headerRow: 5,
  firstDataRow: 6,
  lastDataRow: 40,
  columns: { indicator: 'B', target: 'D', result: 'E', stated: 'F', notes: 'H' },
  year: 2023,
};

describe('applyOverrides', () => {
  test('moves a role to the column the user names', () => {
    expect(applyOverrides(mapping, { result: 'G' })).toEqual({
      ok: true,
      value: { ...mapping, columns: { ...mapping.columns, result: 'G' } },
      issues: [],
    });
  });

  test('adds a role the detection missed, reading a lower-case letter as the column', () => {
    const r = applyOverrides(mapping, { weight: ' c ' });
    expect(r.ok && r.value.columns.weight).toBe('C');
  });

  test('unsets a role given null', () => {
    const r = applyOverrides(mapping, { notes: null });
    expect(r).toEqual({ ok: true, value: { ...mapping, columns: { indicator: 'B', target: 'D', result: 'E', stated: 'F' } }, issues: [] });
  });

  test('sets the reference year', () => {
    const r = applyOverrides(mapping, {}, 2024);
    expect(r.ok && r.value.year).toBe(2024);
  });

  test('leaves the mapping given unchanged', () => {
    applyOverrides(mapping, { target: 'C', notes: null }, 2022);
    expect(mapping.columns).toEqual({ indicator: 'B', target: 'D', result: 'E', stated: 'F', notes: 'H' });
    expect(mapping.year).toBe(2023);
  });

  test.each(['D1', '4', 'ABCD', '', 'Target'])('rejects the column %p with an issue', (column) => {
    expect(applyOverrides(mapping, { target: column })).toEqual({
      ok: false,
      issues: [
        { code: 'malformed-input', severity: 'error', expected: 'a column name such as "D"', received: column, params: { text: column, role: 'target' } },
      ],
    });
  });

  test('rejects an unknown role with an issue', () => {
    const overrides = { risultato: 'E' } as unknown as Partial<Record<Role, string | null>>;
    const r = applyOverrides(mapping, overrides);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'malformed-input', received: 'risultato', params: { field: 'role' } });
  });

  test('rejects two value roles on one column', () => {
    const r = applyOverrides(mapping, { target: 'G', result: 'G' });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'malformed-input',
          severity: 'error',
          expected: 'one column per value role',
          received: 'target, result → G',
          params: { text: 'target, result → G', role: 'target', other: 'result', column: 'G' },
        },
      ],
    });
  });

  test('unsets a detected value role whose column the user gives to another, and says so', () => {
    const r = applyOverrides(mapping, { result: 'F' });
    expect(r).toEqual({
      ok: true,
      value: { ...mapping, columns: { indicator: 'B', target: 'D', result: 'F', notes: 'H' } },
      issues: [
        { code: 'role-missing', severity: 'warning', expected: 'stated', received: 'F', params: { role: 'stated', takenBy: 'result' } },
      ],
    });
  });

  test('lets a text role share a column with another', () => {
    const r = applyOverrides(mapping, { algorithm: 'B' });
    expect(r.ok && r.value.columns).toMatchObject({ indicator: 'B', algorithm: 'B' });
  });

  test.each([1989, 2101, 2023.5])('rejects the year %p with an issue', (year) => {
    const r = applyOverrides(mapping, {}, year);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'malformed-input', severity: 'error', params: { field: 'year' } });
  });
});
