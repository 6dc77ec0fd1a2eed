import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PatientEntity } from './patient.entity';
import { registerEnumType } from '@nestjs/graphql';

export enum MeasureKind {
  HEIGHT = 'HEIGHT',
  WEIGHT = 'WEIGHT',
  SERUM_CREATININE = 'SERUM_CREATININE',
}

export enum ReactionSeverity {
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
}

registerEnumType(MeasureKind, { name: 'MeasureKind' });
registerEnumType(ReactionSeverity, { name: 'ReactionSeverity' });

/**
 * A dated measurement. `value`/`unit` are as entered; `normalizedValue` is in the unit the
 * equations use (cm, kg, mg/dL) so the basis of every computed number can be shown.
 */
@Entity({ name: 'clinical_measures' })
@Index('clinical_measures_patient_kind_idx', ['patientId', 'kind', 'measuredOn'])
export class ClinicalMeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id' })
  patient?: PatientEntity;

  @Column({ type: 'enum', enum: MeasureKind, enumName: 'measure_kind' })
  kind!: MeasureKind;

  @Column({ type: 'numeric', precision: 10, scale: 3, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  value!: number;

  @Column({ type: 'varchar', length: 12 })
  unit!: string;

  @Column({ name: 'normalized_value', type: 'numeric', precision: 10, scale: 4, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  normalizedValue!: number;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Current renal status flags of a patient (one row per patient). */
@Entity({ name: 'patient_renal_status' })
export class PatientRenalStatusEntity {
  @PrimaryColumn({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id' })
  patient?: PatientEntity;

  @Column({ type: 'boolean', default: false })
  aki!: boolean;

  @Column({ name: 'on_dialysis', type: 'boolean', default: false })
  onDialysis!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'allergies' })
@Index('allergies_patient_idx', ['patientId'])
export class AllergyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id' })
  patient?: PatientEntity;

  @Column({ type: 'varchar', length: 200 })
  substance!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  reaction!: string | null;

  @Column({ type: 'enum', enum: ReactionSeverity, enumName: 'reaction_severity' })
  severity!: ReactionSeverity;

  /** A prior allergic-like reaction to contrast media (iodinated or gadolinium). */
  @Column({ name: 'contrast_reaction', type: 'boolean', default: false })
  contrastReaction!: boolean;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'medication_statements' })
@Index('medication_statements_patient_idx', ['patientId'])
export class MedicationStatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id' })
  patient?: PatientEntity;

  /** Generic name, as the interaction and dosing rules read it. */
  @Column({ type: 'varchar', length: 120 })
  drug!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  dose!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  route!: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  frequency!: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'stop_date', type: 'date', nullable: true })
  stopDate!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
