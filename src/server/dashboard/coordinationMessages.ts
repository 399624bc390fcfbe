import type { Language } from './portfolio';

/**
 * The text of the coordination pages (assignments, entity directory, templates) in Spanish
 * (Colombia) and English. Kept apart from messages.ts so the portfolio's catalogue and this one
 * grow independently; the same rule holds: no prose in page code.
 */
const es = {
  forbidden: 'Solo la coordinación y la administración pueden hacer este cambio.',
  csrfRefused: 'El formulario caducó o no vino de esta página. Vuelva a cargar la página e inténtelo de nuevo.',
  invalidForm: 'El formulario no es válido.',
  assignments: {
    heading: 'Personas asignadas', none: 'Nadie está asignado a este ejercicio.',
    person: 'Persona', role: 'Rol', actions: 'Acciones',
    assign: 'Asignar', unassign: 'Quitar asignación', email: 'Correo de la persona',
    hint: 'Facilitadores y observadores; el cambio llega a sus equipos en la siguiente sincronización.',
    unknownUser: 'No hay una cuenta activa con ese correo.',
    wrongRole: 'Solo se asignan facilitadores u observadores: la coordinación y la administración ya ven todo.',
    invalidEmail: 'Escriba un correo electrónico válido.',
    assigned: 'Asignación guardada.', unassigned: 'Asignación quitada.', notAssigned: 'Esa persona no estaba asignada.',
    creator: 'creó el ejercicio',
  },
  directory: {
    nav: 'Directorio de entidades', heading: 'Directorio de entidades',
    intro: 'Entidades públicas y aliados del centro. Llega a los equipos de los facilitadores en su siguiente sincronización, donde se ofrecen al escribir la entidad líder y otros actores.',
    empty: 'El directorio aún no tiene entidades.',
    name: 'Nombre', kind: 'Tipo', department: 'Departamento', sector: 'Sector', website: 'Sitio web', actions: 'Acciones',
    kinds: { public_entity: 'Entidad pública', partner: 'Aliado' },
    add: 'Agregar entidad', editing: 'Editar entidad', save: 'Guardar', edit: 'Editar', remove: 'Quitar', cancel: 'Cancelar',
    saved: 'Entidad guardada.', removed: 'Entidad quitada.', missing: 'Esa entidad ya no está en el directorio.',
    invalid: { name: 'Escriba el nombre (hasta 200 caracteres).', kind: 'Elija el tipo.', sector: 'Elija el sector.', department: 'El departamento admite hasta 100 caracteres.', website: 'Escriba una dirección web completa (https://…).' },
  },
  templates: {
    nav: 'Plantillas', heading: 'Plantillas de la oficina central',
    intro: 'Tableros publicados como plantillas. Llegan a los equipos de los facilitadores en su siguiente sincronización y aparecen al crear un tablero.',
    empty: 'Aún no hay plantillas publicadas.',
    publishHeading: 'Publicar un tablero como plantilla', noBoards: 'Este ejercicio aún no tiene tableros sincronizados.',
    board: 'Tablero', nameEs: 'Nombre (español)', nameEn: 'Nombre (inglés)', descriptionEs: 'Descripción (español)', descriptionEn: 'Descripción (inglés)',
    publish: 'Publicar', withdraw: 'Retirar', restore: 'Volver a publicar',
    name: 'Nombre', elements: 'Elementos', publishedAt: 'Publicada', status: 'Estado', published: 'Publicada', withdrawn: 'Retirada', actions: 'Acciones',
    publishedNotice: 'Plantilla publicada.', withdrawnNotice: 'Plantilla retirada.', restoredNotice: 'Plantilla publicada de nuevo.',
    missingBoard: 'Ese tablero no pertenece a este ejercicio o aún no se ha sincronizado.', missingTemplate: 'Esa plantilla no existe.',
    invalidName: 'Escriba el nombre en español (hasta 120 caracteres); el inglés y las descripciones son opcionales (descripciones hasta 500).',
  },
  roles: { admin: 'Administración', coordinator: 'Coordinación', facilitator: 'Facilitador(a)', observer: 'Observador(a)' },
};

export type CoordinationMessages = typeof es;

const en: CoordinationMessages = {
  forbidden: 'Only coordinators and admins can make this change.',
  csrfRefused: 'The form expired or did not come from this page. Reload the page and try again.',
  invalidForm: 'The form is not valid.',
  assignments: {
    heading: 'Assigned people', none: 'Nobody is assigned to this exercise.',
    person: 'Person', role: 'Role', actions: 'Actions',
    assign: 'Assign', unassign: 'Unassign', email: 'Their email',
    hint: 'Facilitators and observers; the change reaches their devices at their next sync.',
    unknownUser: 'There is no active account with that email.',
    wrongRole: 'Only facilitators or observers are assigned: coordinators and admins already see everything.',
    invalidEmail: 'Enter a valid email address.',
    assigned: 'Assignment saved.', unassigned: 'Assignment removed.', notAssigned: 'That person was not assigned.',
    creator: 'created the exercise',
  },
  directory: {
    nav: 'Entity directory', heading: 'Entity directory',
    intro: 'The centre\'s public entities and partners. It reaches facilitators\' devices at their next sync, where the lead entity and other actors fields offer these names.',
    empty: 'The directory has no entities yet.',
    name: 'Name', kind: 'Kind', department: 'Department', sector: 'Sector', website: 'Website', actions: 'Actions',
    kinds: { public_entity: 'Public entity', partner: 'Partner' },
    add: 'Add an entity', editing: 'Edit entity', save: 'Save', edit: 'Edit', remove: 'Remove', cancel: 'Cancel',
    saved: 'Entity saved.', removed: 'Entity removed.', missing: 'That entity is no longer in the directory.',
    invalid: { name: 'Enter the name (up to 200 characters).', kind: 'Choose the kind.', sector: 'Choose the sector.', department: 'The department takes up to 100 characters.', website: 'Enter a full web address (https://…).' },
  },
  templates: {
    nav: 'Templates', heading: 'Central office templates',
    intro: 'Boards published as templates. They reach facilitators\' devices at their next sync and appear when creating a board.',
    empty: 'No templates published yet.',
    publishHeading: 'Publish a board as a template', noBoards: 'This exercise has no synced boards yet.',
    board: 'Board', nameEs: 'Name (Spanish)', nameEn: 'Name (English)', descriptionEs: 'Description (Spanish)', descriptionEn: 'Description (English)',
    publish: 'Publish', withdraw: 'Withdraw', restore: 'Publish again',
    name: 'Name', elements: 'Elements', publishedAt: 'Published', status: 'Status', published: 'Published', withdrawn: 'Withdrawn', actions: 'Actions',
    publishedNotice: 'Template published.', withdrawnNotice: 'Template withdrawn.', restoredNotice: 'Template published again.',
    missingBoard: 'That board does not belong to this exercise or has not been synced yet.', missingTemplate: 'There is no such template.',
    invalidName: 'Enter the Spanish name (up to 120 characters); English and the descriptions are optional (descriptions up to 500).',
  },
  roles: { admin: 'Admin', coordinator: 'Coordinator', facilitator: 'Facilitator', observer: 'Observer' },
};

export const coordinationMessages: Record<Language, CoordinationMessages> = { 'es-CO': es, en };
