import { defineNamespace } from './define';

/** Keys match src/shared/domain/errors.ts validationKeys and ErrorCode values. */
export const validation = defineNamespace({
  'es-CO': {
    required: 'Este campo es obligatorio.',
    tooLong: 'El texto es demasiado largo.',
    invalidDate: 'Escribe una fecha válida (AAAA-MM-DD).',
    endBeforeStart: 'La fecha de fin no puede ser anterior a la de inicio.',
    invalidEmail: 'Escribe un correo electrónico válido.',
    positiveMinutes: 'Escribe una duración en minutos mayor que cero.',
    consentDateRequired: 'Indica la fecha en que se dio la autorización.',
    consentVersionRequired: 'Indica la versión del aviso de privacidad.',
    tooMany: 'Hay demasiados elementos en la lista.',
    invalid: 'Revisa este valor.',
    hubUrl: 'Escribe solo la dirección de la oficina central, como http://oficina.local:4242.',
  },
  en: {
    required: 'This field is required.',
    tooLong: 'The text is too long.',
    invalidDate: 'Enter a valid date (YYYY-MM-DD).',
    endBeforeStart: 'The end date cannot be before the start date.',
    invalidEmail: 'Enter a valid email address.',
    positiveMinutes: 'Enter a duration in minutes greater than zero.',
    consentDateRequired: 'Enter the date consent was given.',
    consentVersionRequired: 'Enter the privacy notice version.',
    tooMany: 'The list has too many items.',
    invalid: 'Check this value.',
    hubUrl: 'Enter only the central office address, like http://office.local:4242.',
  },
});

export const errors = defineNamespace({
  'es-CO': {
    invalid_input: 'Algunos datos no son válidos. Revisa el formulario.',
    not_found: 'No encontramos este elemento. Puede que se haya eliminado.',
    conflict: 'Otra persona cambió esto al mismo tiempo. Vuelve a intentarlo.',
    store_unavailable: 'El almacenamiento local no está disponible.',
    store_corrupt: 'La base de datos local está dañada.',
    store_too_new: 'Estos datos fueron creados por una versión más reciente de Minga.',
    store_locked: 'Otra ventana o programa de Minga está usando esta carpeta de datos.',
    too_large: 'El contenido es demasiado grande.',
    internal: 'Algo salió mal. Tus datos están a salvo; vuelve a intentarlo.',
    connection: 'Se perdió la conexión con el motor local. Reconectando…',
    hub_unreachable: 'No se pudo contactar la oficina central. Revisa la dirección y que el servidor esté encendido.',
    invalid_credentials: 'El correo o la contraseña no son correctos, o la cuenta está desactivada.',
    hub_refused: 'La oficina central rechazó la solicitud. Vuelve a intentarlo más tarde.',
  },
  en: {
    invalid_input: 'Some data is not valid. Check the form.',
    not_found: 'We could not find this item. It may have been removed.',
    conflict: 'Someone else changed this at the same time. Try again.',
    store_unavailable: 'Local storage is not available.',
    store_corrupt: 'The local database is damaged.',
    store_too_new: 'This data was created by a newer version of Minga.',
    store_locked: 'Another Minga window or program is using this data folder.',
    too_large: 'The content is too large.',
    internal: 'Something went wrong. Your data is safe; try again.',
    connection: 'Lost the connection to the local engine. Reconnecting…',
    hub_unreachable: 'The central office could not be reached. Check the address and that the server is running.',
    invalid_credentials: 'The email or password is not correct, or the account is disabled.',
    hub_refused: 'The central office refused the request. Try again later.',
  },
});
