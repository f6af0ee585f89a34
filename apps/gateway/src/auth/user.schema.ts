import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { USER_ROLES, UserRole } from './roles';

/** A user of the gateway; _id is a UUID string so lookups by id are plain `{_id}` finds. */
@Schema({ collection: 'users', versionKey: false })
export class User {
  @Prop({ type: String, required: true }) _id!: string;
  /** Stored lower-cased: logins are case-insensitive on the email. */
  @Prop({ required: true, unique: true }) email!: string;
  @Prop({ required: true }) passwordHash!: string;
  @Prop({ required: true, enum: USER_ROLES }) role!: UserRole;
  @Prop({ type: String, default: null }) organisationId!: string | null;
  @Prop({ required: true }) name!: string;
  @Prop({ required: true, default: true }) active!: boolean;
  /** Raised by a password change or deactivation; tokens of an older version are refused. */
  @Prop({ type: Number, default: 0 }) tokenVersion?: number;
  @Prop({ required: true }) createdAt!: Date;
}

export const UserSchema = SchemaFactory.createForClass(User);
