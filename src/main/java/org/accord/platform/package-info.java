/**
 * Shared kernel: page layout, error handling, database start-up, request ids and the signed-in principal.<br>
 * Open to every module; holds no domain data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.accord.platform;
