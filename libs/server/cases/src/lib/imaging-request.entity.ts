import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

export enum ImagingModality {
  CT = 'CT',
  MRI = 'MRI',
  PET_CT = 'PET_CT',
  US = 'US',
  XRAY = 'XRAY',
}

/** Contrast media classes as the ACR manual groups them (gadolinium groups I–III). */
export enum ContrastAgent {
  NONE = 'NONE',
  IODINATED = 'IODINATED',
  GBCA_GROUP_I = 'GBCA_GROUP_I',
  GBCA_GROUP_II = 'GBCA_GROUP_II',
  GBCA_GROUP_III = 'GBCA_GROUP_III',
}

export enum ContrastRoute {
  IV = 'IV',
  INTRA_ARTERIAL_RENAL_FIRST_PASS = 'INTRA_ARTERIAL_RENAL_FIRST_PASS',
  INTRA_ARTERIAL_OTHER = 'INTRA_ARTERIAL_OTHER',
}

export enum ImagingRequestStatus {
  REQUESTED = 'REQUESTED',
  PERFORMED = 'PERFORMED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ImagingModality, { name: 'ImagingModality' });
registerEnumType(ContrastAgent, { name: 'ContrastAgent' });
registerEnumType(ContrastRoute, { name: 'ContrastRoute' });
registerEnumType(ImagingRequestStatus, { name: 'ImagingRequestStatus' });

/** A study planned for the case (e.g. a contrast CT): what the pharmacist clears for contrast safety. */
@Entity({ name: 'imaging_requests' })
@Index('imaging_requests_case_idx', ['caseId'])
export class ImagingRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: ImagingModality, enumName: 'imaging_modality' })
  modality!: ImagingModality;

  @Column({ name: 'body_region', type: 'varchar', length: 100 })
  bodyRegion!: string;

  @Column({ name: 'contrast_agent', type: 'enum', enum: ContrastAgent, enumName: 'contrast_agent', default: ContrastAgent.NONE })
  contrastAgent!: ContrastAgent;

  @Column({ name: 'contrast_route', type: 'enum', enum: ContrastRoute, enumName: 'contrast_route', nullable: true })
  contrastRoute!: ContrastRoute | null;

  @Column({ name: 'planned_date', type: 'date' })
  plannedDate!: string;

  @Column({ type: 'enum', enum: ImagingRequestStatus, enumName: 'imaging_request_status', default: ImagingRequestStatus.REQUESTED })
  status!: ImagingRequestStatus;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
