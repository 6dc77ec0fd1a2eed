import { requireObject, requirePositive } from './validate';

export interface BodySizeInput {
  heightCm: number;
  weightKg: number;
}

function parse(p: BodySizeInput): { heightCm: number; weightKg: number } {
  const input = requireObject(p, 'input');
  return {
    heightCm: requirePositive(input.heightCm, 'heightCm'),
    weightKg: requirePositive(input.weightKg, 'weightKg'),
  };
}

/** Body-surface area (m²), Mosteller 1987 (NEJM 317:1098): √(height cm × weight kg / 3600). */
export function bsaMosteller(p: BodySizeInput): number {
  const { heightCm, weightKg } = parse(p);
  return Math.sqrt((heightCm * weightKg) / 3600);
}

/** Body-surface area (m²), Du Bois & Du Bois 1916: 0.007184 × W^0.425 × H^0.725 (kg, cm). */
export function bsaDuBois(p: BodySizeInput): number {
  const { heightCm, weightKg } = parse(p);
  return 0.007184 * weightKg ** 0.425 * heightCm ** 0.725;
}
