/** The library's two pages in one chunk, so opening a card from the list never waits on a second download. */
export { MethodLibraryPage } from './MethodLibraryPage';
export { MethodCardPage } from './MethodCardPage';
