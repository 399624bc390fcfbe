import type { Locale } from '../shared/contract';

/**
 * The few strings the main process shows itself (menus and native dialogs). The renderer
 * has its own catalogues; these live here because main cannot reach them.
 */
export interface MainStrings {
  menuFile: string;
  menuEdit: string;
  menuView: string;
  menuHelp: string;
  quit: string;
  closeWindow: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  reload: string;
  toggleDevTools: string;
  toggleFullScreen: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  about: string;
  aboutDetail: (version: string) => string;
  ok: string;
  coreFailedTitle: string;
  coreFailedMessage: string;
  coreFailedDetail: (exitCode: number, reason: string | null) => string;
  tryAgain: string;
  dataFolderFailedTitle: string;
  dataFolderFailedMessage: (folder: string, reason: string) => string;
}

const catalogue: Record<Locale, MainStrings> = {
  'es-CO': {
    menuFile: 'Archivo',
    menuEdit: 'Editar',
    menuView: 'Ver',
    menuHelp: 'Ayuda',
    quit: 'Salir',
    closeWindow: 'Cerrar ventana',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    reload: 'Volver a cargar',
    toggleDevTools: 'Herramientas de desarrollo',
    toggleFullScreen: 'Pantalla completa',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    resetZoom: 'Tamaño real',
    about: 'Acerca de Minga',
    aboutDetail: (version) =>
      `Versión ${version}\nEstudio de co-creación para facilitadores de innovación pública. Funciona sin conexión.`,
    ok: 'Aceptar',
    coreFailedTitle: 'Minga no pudo iniciar su motor de datos',
    coreFailedMessage: 'El proceso que guarda sus datos se detuvo varias veces seguidas.',
    coreFailedDetail: (exitCode, reason) =>
      `Lo que ya estaba guardado no se ha perdido. Puede intentarlo de nuevo o salir y usar "minga doctor" para revisar la carpeta de datos.\n\nDetalle técnico: código de salida ${exitCode}${reason ? `; ${reason}` : ''}`,
    tryAgain: 'Intentar de nuevo',
    dataFolderFailedTitle: 'Minga no puede usar su carpeta de datos',
    dataFolderFailedMessage: (folder, reason) =>
      `No se pudo crear o abrir ${folder} (${reason}).\nElija otra carpeta con la variable MINGA_DATA o revise sus permisos.`,
  },
  en: {
    menuFile: 'File',
    menuEdit: 'Edit',
    menuView: 'View',
    menuHelp: 'Help',
    quit: 'Quit',
    closeWindow: 'Close window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    reload: 'Reload',
    toggleDevTools: 'Developer tools',
    toggleFullScreen: 'Full screen',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    about: 'About Minga',
    aboutDetail: (version) =>
      `Version ${version}\nCo-creation studio for public innovation facilitators. Works offline.`,
    ok: 'OK',
    coreFailedTitle: 'Minga could not start its data engine',
    coreFailedMessage: 'The process that stores your data stopped several times in a row.',
    coreFailedDetail: (exitCode, reason) =>
      `Nothing already saved has been lost. You can try again, or quit and run "minga doctor" to check the data folder.\n\nTechnical detail: exit code ${exitCode}${reason ? `; ${reason}` : ''}`,
    tryAgain: 'Try again',
    dataFolderFailedTitle: 'Minga cannot use its data folder',
    dataFolderFailedMessage: (folder, reason) =>
      `Could not create or open ${folder} (${reason}).\nChoose another folder with the MINGA_DATA variable or check its permissions.`,
  },
};

/** Spanish system locales (es, es-CO, es-419, …) get es-CO; everything else gets English. */
export function pickLocale(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('es') ? 'es-CO' : 'en';
}

export function mainStrings(locale: Locale): MainStrings {
  return catalogue[locale];
}
