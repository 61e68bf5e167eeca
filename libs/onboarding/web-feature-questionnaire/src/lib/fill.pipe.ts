import { Pipe, type PipeTransform } from '@angular/core';
import { fill } from '@kbdm/shared/web-core';

/** Fills a dictionary sentence's `{name}` placeholders in a template: `t.item | fill: { count: 3 }`. */
@Pipe({ name: 'fill' })
export class FillPipe implements PipeTransform {
  transform(template: string, values: Record<string, string | number>): string {
    return fill(template, values);
  }
}
