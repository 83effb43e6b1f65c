/** Ordinance review: splits a draft ordinance into articles and reports every red flag with its legal basis. */
package org.hria.ordinance;
