import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@consilium/contracts';
import { UserEntity } from '@consilium/server-identity';
import { MeetingEntity } from './meeting.entity';

/**
 * A person from outside the meeting's team invited to this one meeting, attending as one role.
 * Revoked rather than deleted (the record of who was let in stays); at most one current
 * invitation per person and meeting.
 */
@Entity({ name: 'meeting_invitations' })
@Index('meeting_invitations_meeting_idx', ['meetingId'])
@Index('meeting_invitations_user_idx', ['invitedUserId'])
@Index('meeting_invitations_current_key', ['meetingId', 'invitedUserId'], { unique: true, where: 'revoked_at IS NULL' })
export class MeetingInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ name: 'invited_user_id', type: 'uuid' })
  invitedUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_user_id' })
  invitedUser?: UserEntity;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: UserEntity;

  /** The one role the guest attends as (one of their own roles): what they may do and count for. */
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'revoked_by' })
  revoker?: UserEntity;
}
