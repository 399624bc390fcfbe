/** The UI kit every feature builds on: accessible controls, form helpers and data loading. */
export { ButtonLink } from './ButtonLink';
export { Button, IconButton, type ButtonProps, type ButtonVariant, type ButtonSize, type IconButtonProps } from './Button';
export { FieldShell, type FieldProps } from './Field';
export { TextField, TextAreaField, SelectField, CheckboxField, DateField, TimeField, NumberField, type SelectOption } from './fields';
export { useFieldError, applyServerIssues, useErrorText } from './formErrors';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { PageHeader, type PageHeaderProps, type Breadcrumb } from './PageHeader';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Tabs, TabPanel, type TabItem, type TabsProps } from './Tabs';
export { Toast, ToastProvider, useToast, type ToastAction, type ToastApi, type ToastTone } from './Toast';
export { Spinner } from './Spinner';
export { ErrorMessage, type ErrorMessageProps } from './ErrorMessage';
export { useApiQuery, type ApiQuery } from './useApiQuery';
export { useFileDrop } from './useFileDrop';
export { focusLater, neighbourIds, type FocusTarget } from './focusLater';
