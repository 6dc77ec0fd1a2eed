import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@consilium/contracts';
import { UserEntity } from '@consilium/server-identity';
import { MeetingEntity } from './meeting.entity';

/**
 * One presence interval of a user in a meeting room: joined, and left (null while present).
 * Several intervals per user are normal (reconnects, stepping out).
 */
@Entity({ name: 'meeting_attendance' })
@Index('meeting_attendance_meeting_user_idx', ['meetingId', 'userId'])
@Index('meeting_attendance_open_key', ['meetingId', 'userId'], { unique: true, where: 'left_at IS NULL' })
export class MeetingAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The user's roles when they joined (roles may change later; quorum is judged on these). */
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true })
  roles!: Role[];

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}
