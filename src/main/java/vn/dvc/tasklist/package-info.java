/** What officers see first in Tasklist: shared filters over their groups' tasks. */
package vn.dvc.tasklist;
