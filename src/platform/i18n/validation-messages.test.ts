import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translatorFor } from './translate.ts';
import { localizeZodError } from './validation-messages.ts';

const schema = z.strictObject({
  name: z.string().min(2).max(5),
  age: z.number().int().min(0).max(120),
  tags: z.array(z.string()).min(1).max(2),
  kind: z.enum(['a', 'b']),
  email: z.email().optional(),
  nested: z.strictObject({ inner: z.boolean() }).optional(),
});

const messagesFor = (input: unknown, language: 'es-MX' | 'en' = 'es-MX') => {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return localizeZodError(result.error, input, translatorFor(language)).map((error) => error.message);
};

const valid = { name: 'Ana', age: 30, tags: ['x'], kind: 'a' };

describe('localized validation messages', () => {
  it.each([
    [{ ...valid, name: undefined }, 'name: este campo es obligatorio'],
    [{ ...valid, name: 7 }, 'name: se esperaba un texto'],
    [{ ...valid, name: 'A' }, 'name: debe tener al menos 2 caracteres'],
    [{ ...valid, name: 'Alejandra' }, 'name: debe tener como máximo 5 caracteres'],
    [{ ...valid, age: -1 }, 'age: debe ser mayor o igual que 0'],
    [{ ...valid, age: 200 }, 'age: debe ser menor o igual que 120'],
    [{ ...valid, tags: [] }, 'tags: debe tener al menos 1 elementos'],
    [{ ...valid, tags: ['a', 'b', 'c'] }, 'tags: debe tener como máximo 2 elementos'],
    [{ ...valid, kind: 'c' }, 'kind: valor no permitido; use uno de: a, b'],
    [{ ...valid, email: 'nope' }, 'email: formato no válido (email)'],
    [{ ...valid, extra: 1 }, 'solicitud: campo no permitido: extra'],
    [{ ...valid, nested: { inner: 'yes' } }, 'nested.inner: se esperaba verdadero o falso'],
    [{ ...valid, nested: { inner: true, other: 1 } }, 'nested: campo no permitido: other'],
  ])('%j', (input, message) => {
    expect(messagesFor(input)).toEqual([message]);
  });

  it('speaks English when asked', () => {
    expect(messagesFor({ ...valid, age: 'x' }, 'en')).toEqual(['age: expected a number']);
  });

  it('never echoes the rejected value', () => {
    const secret = 'CURP-SECRETA-123';
    const all = messagesFor({ name: secret, age: secret, tags: secret, kind: secret, 'María López': 1 }).join(
      ' ',
    );
    expect(all).not.toContain('SECRETA');
    expect(all).not.toContain('María');
    expect(all).toContain('solicitud: campo no permitido: …');
  });
});
