import { Injectable } from '@nestjs/common';

/** The time, injected: tests set it to cross a weekend or a holiday without waiting for one. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
