import type { ErrorObject } from 'ajv';

/** Standalone validators generated from the schemas by compile-schemas.ts. */
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export const plan: GeneratedValidator;
export const agencies: GeneratedValidator;
export const outline: GeneratedValidator;
export const report: GeneratedValidator;
export const decision: GeneratedValidator;
export const progress: GeneratedValidator;
