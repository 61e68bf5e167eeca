import type { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, ControlEvent } from '@angular/forms';
import { switchMap } from 'rxjs';

/**
 * The latest event of a control (its value, status, touched or pristine state changed), as a
 * signal: an OnPush part of a form that reads it is drawn again when the page sets an error on
 * one of its fields or marks them touched. Call in an injection context.
 */
export function controlEvents(control: Signal<AbstractControl>): Signal<ControlEvent | null> {
  return toSignal(toObservable(control).pipe(switchMap((c) => c.events)), { initialValue: null });
}
