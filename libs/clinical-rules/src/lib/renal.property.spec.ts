import fc from 'fast-check';
import { bsaDuBois, bsaMosteller } from './bsa';
import { carboplatinCalvertDose } from './dosing';
import { ckdEpi2021, cockcroftGault, kdigoGfrCategory } from './renal';

const age = fc.integer({ min: 18, max: 100 });
const sex = fc.constantFrom<'F' | 'M'>('F', 'M');
const creatinine = fc.double({ min: 0.2, max: 15, noNaN: true });
const step = fc.double({ min: 0.001, max: 5, noNaN: true });
const CATEGORY_ORDER = ['G5', 'G4', 'G3b', 'G3a', 'G2', 'G1'];

describe('renal and body-size properties', () => {
  it('CKD-EPI 2021 eGFR falls as creatinine rises', () => {
    fc.assert(
      fc.property(age, sex, creatinine, step, (ageYears, s, scr, d) => {
        expect(ckdEpi2021({ ageYears, sex: s, creatinineMgDl: scr + d })).toBeLessThan(
          ckdEpi2021({ ageYears, sex: s, creatinineMgDl: scr }),
        );
      }),
    );
  });

  it('Cockcroft–Gault falls as creatinine rises and rises with weight', () => {
    fc.assert(
      fc.property(age, sex, creatinine, step, fc.double({ min: 30, max: 200, noNaN: true }), (a, s, scr, d, w) => {
        const base = cockcroftGault({ ageYears: a, sex: s, weightKg: w, creatinineMgDl: scr });
        expect(cockcroftGault({ ageYears: a, sex: s, weightKg: w, creatinineMgDl: scr + d })).toBeLessThan(base);
        expect(cockcroftGault({ ageYears: a, sex: s, weightKg: w + d, creatinineMgDl: scr })).toBeGreaterThan(base);
      }),
    );
  });

  it('BSA (Mosteller and DuBois) rises with weight and with height', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 220, noNaN: true }),
        fc.double({ min: 20, max: 250, noNaN: true }),
        step,
        (heightCm, weightKg, d) => {
          for (const bsa of [bsaMosteller, bsaDuBois]) {
            const base = bsa({ heightCm, weightKg });
            expect(bsa({ heightCm, weightKg: weightKg + d })).toBeGreaterThan(base);
            expect(bsa({ heightCm: heightCm + d, weightKg })).toBeGreaterThan(base);
          }
        },
      ),
    );
  });

  it('the KDIGO category never improves as eGFR falls', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 150, noNaN: true }), step, (egfr, d) => {
        const higher = CATEGORY_ORDER.indexOf(kdigoGfrCategory(egfr + d));
        expect(higher).toBeGreaterThanOrEqual(CATEGORY_ORDER.indexOf(kdigoGfrCategory(egfr)));
      }),
    );
  });

  it('carboplatin never exceeds AUC × (cap + 25) and never falls as GFR rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 250, noNaN: true }),
        step,
        (targetAuc, gfrMlMin, d) => {
          const dose = carboplatinCalvertDose({ targetAuc, gfrMlMin }).doseMg;
          expect(dose).toBeLessThanOrEqual(targetAuc * 150 + 1e-9);
          expect(carboplatinCalvertDose({ targetAuc, gfrMlMin: gfrMlMin + d }).doseMg).toBeGreaterThanOrEqual(dose);
        },
      ),
    );
  });
});
