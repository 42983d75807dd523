import { Module } from '@nestjs/common';
import { FailedMailController } from './failed-mail.controller';

@Module({ controllers: [FailedMailController] })
export class MailModule {}
