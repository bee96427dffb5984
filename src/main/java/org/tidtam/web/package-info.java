/**
 * Web shell: security (form login, CSRF), the Thai-first layout with an English switch, locale,
 * errors and the admin home. Module pages live in their modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tidtam.web;
