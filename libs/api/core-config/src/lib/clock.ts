import { Injectable } from '@nestjs/common';

/** The time, injected: tests set it to cross a weekend, a holiday or an expiry date without waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
