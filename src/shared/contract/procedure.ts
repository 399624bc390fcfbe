import type { z } from 'zod';

/**
 * One remote call: its input and output schemas. Inputs are parsed at every boundary (the
 * core's registrar); outputs are typed from the schema so that client and core agree.
 */
export interface Procedure<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  readonly input: Input;
  readonly output: Output;
}

export function procedure<Input extends z.ZodType, Output extends z.ZodType>(input: Input, output: Output): Procedure<Input, Output> {
  return { input, output };
}

export type Contract = Record<string, Procedure>;

/** What a caller sees: one async method per procedure. */
export type ApiOf<C extends Contract> = {
  [K in keyof C]: (input: z.input<C[K]['input']>) => Promise<z.output<C[K]['output']>>;
};

/** What the core implements: inputs arrive parsed, results must match the output type. */
export type HandlersOf<C extends Contract, Context> = {
  [K in keyof C]: (input: z.output<C[K]['input']>, context: Context) => Promise<z.input<C[K]['output']>> | z.input<C[K]['output']>;
};

/** Every reply travels in this envelope so that errors keep their code over any transport. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: import('../domain/errors').ApiErrorShape };
