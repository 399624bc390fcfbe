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
  roles: { admin: 'Admin', coordinator: 'Coordinator', facilitator: 'Facilitator', observer: 'Observer' },
};

export const coordinationMessages: Record<Language, CoordinationMessages> = { 'es-CO': es, en };
