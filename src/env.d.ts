declare namespace App {
  interface Locals {
    /** The edition the page is rendered in (src/middleware.ts). */
    locale: import('@/lib/base/locales').Locale;
    /** The words of that edition's interface. */
    ui: import('@/lib/base/ui').UiStrings;
  }
}
