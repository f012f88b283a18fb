/** IATI 2.03 activity XML written from and read into Cooperation Frameworks (design §15). */
package org.unsdcf.iati;
