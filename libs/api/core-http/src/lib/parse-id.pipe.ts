import { Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputException } from '@kbdm/api/core-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route ids (`:id`) are UUIDs; anything else is a 400 naming `id`, never a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) {
      throw InvalidInputException.field('id', 'must be a UUID');
    }
    return value.toLowerCase();
  }
}
