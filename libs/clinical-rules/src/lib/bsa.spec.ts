import { bsaDuBois, bsaMosteller, type BodySizeInput } from './bsa';

describe('body-surface area, hand-worked', () => {
  it('Mosteller 170 cm, 70 kg: √(170 × 70 / 3600) = √3.305556 = 1.8181 m²', () => {
    expect(bsaMosteller({ heightCm: 170, weightKg: 70 })).toBeCloseTo(1.818119, 6);
  });

  it('Mosteller 180 cm, 80 kg: √(14400 / 3600) = √4 = 2 m² exactly', () => {
    expect(bsaMosteller({ heightCm: 180, weightKg: 80 })).toBeCloseTo(2, 12);
  });

  it('DuBois 170 cm, 70 kg: 0.007184 × 70^0.425 × 170^0.725 = 1.8097 m²', () => {
    // 70^0.425 = e^(0.425 × 4.248495) = e^1.805610 = 6.083684; 170^0.725 = e^(0.725 × 5.135798) = e^3.723454 = 41.407162.
    // 0.007184 × 6.083684 × 41.407162 = 1.809708.
    expect(bsaDuBois({ heightCm: 170, weightKg: 70 })).toBeCloseTo(1.809708, 5);
  });

  it('DuBois 160 cm, 50 kg = 1.5011 m² (Mosteller gives 1.4907)', () => {
    expect(bsaDuBois({ heightCm: 160, weightKg: 50 })).toBeCloseTo(1.501121, 5);
    expect(bsaMosteller({ heightCm: 160, weightKg: 50 })).toBeCloseTo(1.490712, 5);
  });

  it.each([bsaMosteller, bsaDuBois])('%p rejects zero, negative and missing sizes', (bsa) => {
    expect(() => bsa({ heightCm: 0, weightKg: 70 })).toThrow(/^heightCm must be greater than 0/);
    expect(() => bsa({ heightCm: 170, weightKg: -1 })).toThrow(/^weightKg must be greater than 0/);
    expect(() => bsa({ heightCm: 170 } as BodySizeInput)).toThrow(/^weightKg must be a finite number/);
    expect(() => bsa(null as unknown as BodySizeInput)).toThrow(/^input/);
  });
});
