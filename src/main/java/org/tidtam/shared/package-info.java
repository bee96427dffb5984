/**
 * Shared kernel: time (an injected Asia/Bangkok {@link java.time.Clock}), Thai dates in the Buddhist
 * era, fiscal years, and the store wiring (embedded MongoDB-wire server or a real MongoDB). Every
 * module may use it; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tidtam.shared;
