import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TeamEntity } from '@consilium/server-identity';

/** A team's quorum: the minimum number of people present per role. A team without a row uses the defaults. */
@Entity({ name: 'team_quorum_rules' })
export class TeamQuorumRulesEntity {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity;

  /** Role → minimum present, e.g. { "PHYSICIAN": 2, "RADIOLOGIST": 1 }; roles not named need nobody. */
  @Column({ type: 'jsonb' })
  minimums!: Record<string, number>;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
