import type { EntityManager } from 'typeorm';
import type { PatientSex } from './case-status';
import type { ReactionSeverity } from './clinical-data.entities';

export interface DatedValue {
  /** In the unit the equations use: cm, kg, mg/dL. */
  value: number;
  /** As entered, e.g. 88 µmol/L. */
  enteredValue: number;
  enteredUnit: string;
  measuredOn: string;
}

/** What pharmacy and imaging rules read about a patient, each value with its date. */
export interface ClinicalSnapshot {
  patientId: string;
  birthDate: string;
  sex: PatientSex;
  height: DatedValue | null;
  weight: DatedValue | null;
  creatinine: DatedValue | null;
  aki: boolean;
  onDialysis: boolean;
  /** The most severe prior contrast reaction, or NONE. */
  priorContrastReaction: 'NONE' | ReactionSeverity;
  allergies: { substance: string; severity: ReactionSeverity; contrastReaction: boolean }[];
  /** Medications active on the snapshot date (no stop date, or stopping later). */
  activeMedications: { id: string; drug: string; dose: string | null; route: string | null; frequency: string | null }[];
}

/** Called inside the transaction that changed a patient's measures, medications or allergies. */
export type ClinicalDataListener = (patientId: string, manager: EntityManager) => Promise<void>;
