/** The board model: element schemas, how they live in a Y.Doc, and the operations on them. */
export * from './elements';
export * from './elementMaps';
export * from './defaults';
export * from './richText';
export * from './textDiff';
export * from './geometry';
export * from './ops';
export * from './arrange';
export * from './clipboard';
export * from './find';
export * from './imageMime';
