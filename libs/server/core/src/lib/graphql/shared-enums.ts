import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';

registerEnumType(Role, { name: 'Role', description: 'A role a person holds in Consilium; a person may hold several.' });
