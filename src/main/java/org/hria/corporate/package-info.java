/** Corporate human rights management: enterprises self-assess against one checklist, hria scores area by area, names the gaps and compares years. */
package org.hria.corporate;
