/**
 * Temporary absence declaration (khai báo tạm vắng, procedure 5): the intake checks what the JSON
 * Schema cannot, the process assesses the declaration and hands the dossier to the frame {@code
 * handle-dossier}; the commune police of the permanent residence review it.
 */
package vn.dvc.procedure.temporaryabsencedeclaration;
