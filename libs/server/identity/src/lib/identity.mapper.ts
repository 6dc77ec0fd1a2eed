import { TeamEntity } from './team.entity';
import { TeamModel } from './team.model';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

/** Decides which columns a client sees: never the password hash. */
export function toUserModel(entity: UserEntity): UserModel {
  const model = new UserModel();
  model.id = entity.id;
  model.email = entity.email;
  model.displayName = entity.displayName;
  model.roles = [...entity.roles].sort();
  model.active = entity.active;
  model.deactivatedAt = entity.deactivatedAt;
  model.version = entity.version;
  return model;
}

export function toTeamModel(entity: TeamEntity): TeamModel {
  const model = new TeamModel();
  model.id = entity.id;
  model.name = entity.name;
  return model;
}
