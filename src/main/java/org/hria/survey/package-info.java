/** Facility surveys: inspectors upload measurements of buildings, polling stations and events and get per facility a verdict, each failure and its remedy. */
package org.hria.survey;
