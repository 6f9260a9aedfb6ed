// MODEL.md §6: a cumulative net saving above −£0.01 counts as paid back
// (rounding), in both payback fields. Apart from the kernel, so the words
// for payback can use it without bringing the kernel onto the page.
export const PAID_BACK = -0.01;
