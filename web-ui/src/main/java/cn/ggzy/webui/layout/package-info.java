/**
 * The frame of every page: header with language switch and login, drawer with the navigation; and
 * what the console's pages are built with: a page for the officers holding a permission ({@code
 * ConsolePage}), one whose heart is a paged list with a folded form above it ({@code PagedListPage}),
 * the paged cards with previous and next ({@code PagedCards}), and the small parts of sheets and cards
 * ({@code Labels}).
 */
package cn.ggzy.webui.layout;
