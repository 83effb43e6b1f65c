/** User accounts and roles: who may sign in and what each role may do. */
package org.hria.account;
