import {
  afterNextRender,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  type ResourceRef,
  type Signal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, ControlEvent } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { AdminCatalogue, LocalizedTextInput, PublicationChange } from '@kbdm/catalogue/domain';
import type { Lang, ProblemDetails } from '@kbdm/shared/domain';
import { fill, I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { firstValueFrom, type Observable } from 'rxjs';
import { ADMIN_PATHS } from '../catalogue-admin.routes';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { errorWords, placeFieldErrors } from './item-form';

/** What the editor reads of any catalogue's record. */
export type EditableItem = { id: string; code: string; published: boolean; version: number };

/** The languages still marked as machine drafts, per text of the item. */
export type TextDrafts<TText extends string> = Record<TText, Lang[]>;

/** A catalogue's form page as its editor sees it: the routes it calls and how its form is filled and read. */
export type ItemEditorOptions<TItem, TInput, TText extends string> = {
  catalogue: AdminCatalogue;
  form: AbstractControl;
  /** From the route; undefined for a new item. */
  id: Signal<string | undefined>;
  /** The item's texts in the three languages, whose machine drafts the editor keeps. */
  texts: readonly TText[];
  load: (id: string) => Observable<TItem>;
  /** Answers the new item, unpublished. */
  create: (input: TInput) => Observable<TItem>;
  update: (id: string, update: TInput & { version: number }) => Observable<TItem>;
  publish: (id: string, change: PublicationChange) => Observable<TItem>;
  /** Puts the item into the form, or a new item's starting values when null. */
  reset: (item: TItem | null) => void;
  /** The form's value as the API takes it; called only once the form is valid. */
  toInput: (drafts: TextDrafts<TText>) => TInput;
};

/** What the parts of a form page (its frame, its save bar) read of the editor, whatever the catalogue. */
export type ItemEditorView = {
  readonly catalogue: AdminCatalogue;
  readonly id: Signal<string | undefined>;
  readonly item: Signal<EditableItem | null>;
  readonly title: Signal<string>;
  readonly loading: Signal<boolean>;
  readonly loadProblem: Signal<ProblemDetails | null>;
  readonly submitted: Signal<boolean>;
  readonly invalid: Signal<boolean>;
  readonly dirty: Signal<boolean>;
  readonly saving: Signal<boolean>;
  readonly publishing: Signal<boolean>;
  readonly stale: Signal<boolean>;
  readonly problem: Signal<ProblemDetails | null>;
  readonly unplaced: Signal<string[]>;
  readonly publishProblem: Signal<ProblemDetails | null>;
  readonly historyVersion: Signal<number>;
  togglePublication(): Promise<void>;
  reload(): void;
  retryLoad(): void;
  problemText(problem: ProblemDetails): string;
};

/**
 * One item of a catalogue in its form: loading it by the route's id, the machine drafts of its
 * texts, the form's errors in words (its own checks, else the API's beside the fields they name),
 * saving with the version it was loaded at (409 `stale_version` offers to read it again),
 * creating a new one unpublished, and its publication. Made by `injectItemEditor`.
 */
export class ItemEditor<
  TItem extends EditableItem & Record<TText, LocalizedTextInput>,
  TInput extends object,
  TText extends string,
> implements ItemEditorView {
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  readonly catalogue: AdminCatalogue;
  readonly id: Signal<string | undefined>;
  private readonly form: AbstractControl;

  readonly record: ResourceRef<TItem | undefined>;
  readonly item: Signal<TItem | null>;
  readonly loading: Signal<boolean>;
  readonly loadProblem: Signal<ProblemDetails | null>;
  readonly title: Signal<string>;

  readonly drafts: Signal<TextDrafts<TText>>;
  private readonly draftsState = signal<Partial<TextDrafts<TText>>>({});
  readonly submitted = signal(false);
  readonly saving = signal(false);
  readonly publishing = signal(false);
  /** Someone saved in between: the form offers to read the item again. */
  readonly stale = signal(false);
  readonly problem = signal<ProblemDetails | null>(null);
  /** The API's errors that name no field of the form. */
  readonly unplaced = signal<string[]>([]);
  readonly publishProblem = signal<ProblemDetails | null>(null);
  /** Moves after each save or publication: the history is read again. */
  readonly historyVersion = signal(0);

  // The form's latest event: what reads it is computed again as the form changes.
  private readonly formEvents: Signal<ControlEvent | null>;
  readonly invalid: Signal<boolean>;
  /** Whether the form differs from what was loaded. */
  readonly dirty: Signal<boolean>;

  constructor(private readonly options: ItemEditorOptions<TItem, TInput, TText>) {
    this.catalogue = options.catalogue;
    this.id = options.id;
    this.form = options.form;
    this.record = rxResource({ params: () => this.id(), stream: ({ params }) => options.load(params) });
    this.item = computed(() => (this.record.hasValue() ? (this.record.value() ?? null) : null));
    this.loading = this.record.isLoading;
    this.loadProblem = computed(() => (this.record.status() === 'error' ? toProblem(this.record.error()) : null));
    this.title = computed(() => {
      const words = this.strings().catalogues[this.catalogue].form;
      const item = this.item();
      return item ? fill(words.editTitle, { code: item.code }) : words.newTitle;
    });
    this.drafts = computed(() => {
      const state = this.draftsState();
      return Object.fromEntries(options.texts.map((text) => [text, state[text] ?? []])) as TextDrafts<TText>;
    });
    this.formEvents = toSignal(this.form.events, { initialValue: null });
    this.invalid = computed(() => {
      this.formEvents();
      return this.form.invalid;
    });
    this.dirty = computed(() => {
      this.formEvents();
      return this.form.dirty;
    });
    effect(() => {
      const item = this.item();
      untracked(() => (item ? this.fill(item) : this.fillEmpty()));
    });
  }

  /** A person edited the text in this language: it is no longer a machine draft. */
  confirmDraft(text: TText, lang: Lang): void {
    this.draftsState.update((drafts) => ({ ...drafts, [text]: (drafts[text] ?? []).filter((l) => l !== lang) }));
  }

  /** The words for the first error of the control (or group) at `path`. */
  errorOf(path: string): string {
    this.formEvents();
    return errorWords(this.form.get(path)?.errors, this.strings().form.errors, this.i18n.lang());
  }

  /** A group's own error (not its fields'), once the person tried to save or touched it. */
  groupError(path: string): string {
    this.formEvents();
    const group = this.form.get(path);
    if (!group?.errors || !(group.touched || this.submitted())) return '';
    return this.errorOf(path);
  }

  async save(): Promise<void> {
    this.submitted.set(true);
    this.problem.set(null);
    this.unplaced.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    if (this.saving()) return;
    const input = this.options.toInput(this.drafts());
    const item = this.item();
    const s = this.strings().form;
    this.saving.set(true);
    try {
      if (item) {
        const saved = await firstValueFrom(this.options.update(item.id, { ...input, version: item.version }));
        this.record.set(saved);
        this.historyVersion.update((v) => v + 1);
        // The API keeps the version when nothing differs from what it holds.
        this.snackBar.open(saved.version === item.version ? s.unchanged : s.saved, undefined, { duration: 4000 });
      } else {
        const created = await firstValueFrom(this.options.create(input));
        this.snackBar.open(this.strings().catalogues[this.catalogue].form.created, undefined, { duration: 6000 });
        await this.router.navigate([ADMIN_PATHS[this.catalogue], created.id], { replaceUrl: true });
      }
    } catch (error) {
      this.showProblem(toProblem(error));
    } finally {
      this.saving.set(false);
    }
    if (this.problem()?.errors?.length) this.focusFirstInvalid();
  }

  async togglePublication(): Promise<void> {
    const item = this.item();
    if (!item || this.publishing()) return;
    const s = this.strings().form;
    this.publishProblem.set(null);
    this.publishing.set(true);
    try {
      const changed = await firstValueFrom(
        this.options.publish(item.id, { published: !item.published, version: item.version }),
      );
      this.record.set(changed);
      this.historyVersion.update((v) => v + 1);
      this.snackBar.open(changed.published ? s.publishedDone : s.unpublishedDone, undefined, { duration: 4000 });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === 'stale_version') this.stale.set(true);
      else this.publishProblem.set(problem);
    } finally {
      this.publishing.set(false);
    }
  }

  /** Reads the item as it is now, leaving this form's changes behind. */
  reload(): void {
    this.stale.set(false);
    this.problem.set(null);
    this.unplaced.set([]);
    this.record.reload();
    this.historyVersion.update((v) => v + 1);
  }

  retryLoad(): void {
    this.record.reload();
  }

  /** The problem's sentence in the interface language where the status says enough. */
  problemText(problem: ProblemDetails): string {
    const c = this.strings().common;
    if (problem.status === 403) return c.forbidden;
    if (problem.status === 404) return c.notFound;
    return problem.detail ?? problem.title;
  }

  private showProblem(problem: ProblemDetails): void {
    if (problem.status === 409 && problem.code === 'stale_version') {
      this.stale.set(true);
      return;
    }
    this.problem.set(problem);
    this.unplaced.set(placeFieldErrors(this.form, problem));
  }

  // To the first field marked wrong, once the marks are drawn: where the keyboard user has to go.
  private focusFirstInvalid(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), {
      injector: this.injector,
    });
  }

  private fill(item: TItem): void {
    this.options.reset(item);
    this.draftsState.set(
      Object.fromEntries(this.options.texts.map((text) => [text, item[text].drafts ?? []])) as Partial<
        TextDrafts<TText>
      >,
    );
    this.afterFill();
  }

  private fillEmpty(): void {
    if (this.id()) return;
    this.options.reset(null);
    this.draftsState.set({});
    this.afterFill();
  }

  private afterFill(): void {
    this.submitted.set(false);
    this.problem.set(null);
    this.unplaced.set([]);
  }
}

/** The editor of a catalogue's form page; call in the page's injection context (a field initializer). */
export function injectItemEditor<
  TItem extends EditableItem & Record<TText, LocalizedTextInput>,
  TInput extends object,
  TText extends string,
>(options: ItemEditorOptions<TItem, TInput, TText>): ItemEditor<TItem, TInput, TText> {
  return new ItemEditor(options);
}
