import { effect, inject, Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { formatNumber, I18n } from '@kbdm/shared/web-core';

/** The paginator's labels in the interface language (the shared paginator strings), relabelled on a switch. */
@Injectable()
export class ApplicationsPaginatorIntl extends MatPaginatorIntl {
  private readonly i18n = inject(I18n);

  constructor() {
    super();
    effect(() => {
      const t = this.i18n.t().catalogue.paginator;
      const lang = this.i18n.lang();
      this.itemsPerPageLabel = t.itemsPerPage;
      this.nextPageLabel = t.nextPage;
      this.previousPageLabel = t.previousPage;
      this.firstPageLabel = t.firstPage;
      this.lastPageLabel = t.lastPage;
      this.getRangeLabel = (page, pageSize, length) => {
        if (length === 0) return `0 ${t.of} 0`;
        const start = page * pageSize + 1;
        const end = Math.min(length, (page + 1) * pageSize);
        return `${formatNumber(start, lang)}–${formatNumber(end, lang)} ${t.of} ${formatNumber(length, lang)}`;
      };
      this.changes.next();
    });
  }
}
